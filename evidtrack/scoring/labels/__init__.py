"""Published label scales: ICD 203 likelihood terms and STIX 2.1 confidence scales."""
