ARG BASE_PREFIX=mirror.gcr.io/library/
# dhi-picker: was mirror.gcr.io/library/alpine
FROM dhi.io/alpine-base:3.24-alpine3.24-dev as base
RUN apk update
FROM base