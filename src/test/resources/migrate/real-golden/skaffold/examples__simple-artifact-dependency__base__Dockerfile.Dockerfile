ARG BASE_PREFIX=mirror.gcr.io/library/
# dhi-picker: was mirror.gcr.io/library/alpine:3
FROM dhi.io/alpine-base:3.24-alpine3.24
COPY hello.txt .
CMD ["./app"]
