ARG BASE_PREFIX=mirror.gcr.io/library/
# syntax=docker/dockerfile:1.0.0-experimental

# dhi-picker: was mirror.gcr.io/library/alpine:3
FROM dhi.io/alpine-base:3.24-alpine3.24-dev

RUN --mount=type=secret,id=mysecret cat /run/secrets/mysecret

RUN --mount=type=secret,id=mysecondsecret cat /run/secrets/mysecondsecret
