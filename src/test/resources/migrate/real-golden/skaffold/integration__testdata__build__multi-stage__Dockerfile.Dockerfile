ARG BASE_PREFIX=mirror.gcr.io/library/
# dhi-picker: was mirror.gcr.io/library/busybox
FROM dhi.io/busybox:1-debian13 as base
FROM base
