# dhi-picker: was alpine:3.8
FROM dhi.io/alpine-base:3.22-alpine3.22-dev
COPY Dockerfile /
RUN env