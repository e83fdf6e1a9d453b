ARG BASE_PREFIX=mirror.gcr.io/library/
FROM ${BASE_PREFIX}busybox as base
FROM base
