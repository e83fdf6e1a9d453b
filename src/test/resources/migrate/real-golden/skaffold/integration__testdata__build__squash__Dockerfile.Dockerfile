ARG BASE_PREFIX=mirror.gcr.io/library/
FROM ${BASE_PREFIX}alpine as base
RUN apk update
FROM base