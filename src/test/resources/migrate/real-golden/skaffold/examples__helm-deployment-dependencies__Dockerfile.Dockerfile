ARG BASE_PREFIX=mirror.gcr.io/library/
# dhi-picker: was nginx:stable
FROM dhi.io/nginx:1.31-debian13
