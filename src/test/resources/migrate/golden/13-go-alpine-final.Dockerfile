# dhi-picker: was golang:1.24-bookworm
FROM dhi.io/golang:1.26-debian13-dev AS builder
WORKDIR /app
COPY . .
RUN CGO_ENABLED=0 go build -o server .

# dhi-picker: was alpine:3.20
FROM dhi.io/alpine-base:3.22-alpine3.22-dev
RUN apk add --no-cache tzdata
COPY --from=builder /app/server /usr/local/bin/server
ENTRYPOINT ["/usr/local/bin/server"]
