# syntax=docker/dockerfile:1.2
# dhi-picker: was golang:1-alpine
FROM dhi.io/golang:1.27-alpine3.24-dev as builder

RUN apk --no-cache --no-progress add git ca-certificates tzdata make \
    && update-ca-certificates \
    && rm -rf /var/cache/apk/*

# syntax=docker/dockerfile:1.2
# Create a minimal container to run a Golang static binary
FROM scratch

COPY --from=builder /usr/share/zoneinfo /usr/share/zoneinfo
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY whoami /

ENTRYPOINT ["/whoami"]
EXPOSE 80
