ARG IMG=golang:1.24
FROM $IMG AS one
RUN go version
FROM $IMG AS two
RUN go env
FROM alpine:3.21
COPY --from=one /usr/local/go/VERSION /v1
COPY --from=two /usr/local/go/VERSION /v2
