ARG BASE_PREFIX=mirror.gcr.io/library/
FROM ${BASE_PREFIX}alpine:3
COPY hello.txt .
CMD ["./app"]
