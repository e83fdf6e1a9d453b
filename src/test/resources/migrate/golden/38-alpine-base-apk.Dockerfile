# dhi-picker: was alpine:3.19
FROM dhi.io/alpine-base:3.22-alpine3.22-dev
RUN apk add --no-cache curl ca-certificates
COPY app /usr/local/bin/app
ENTRYPOINT ["/usr/local/bin/app"]
