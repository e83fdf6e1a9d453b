# dhi-picker: default was golang:1.24
ARG IMG=dhi.io/golang:1.26-debian13-dev
# dhi-picker: was golang:1.24
FROM $IMG AS one
RUN go version
# dhi-picker: was golang:1.24
FROM $IMG AS two
RUN go env
# dhi-picker: was alpine:3.21
FROM dhi.io/alpine-base:3.22-alpine3.22
COPY --from=one /usr/local/go/VERSION /v1
COPY --from=two /usr/local/go/VERSION /v2
