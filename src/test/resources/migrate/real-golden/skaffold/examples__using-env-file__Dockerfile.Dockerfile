ARG BASE_PREFIX=mirror.gcr.io/library/
# dhi-picker: was mirror.gcr.io/library/golang:1.18
FROM dhi.io/golang:1.26-debian13-dev as builder
WORKDIR /code
COPY main.go .
COPY go.mod .
RUN go build -trimpath -o /app main.go

# dhi-picker: was mirror.gcr.io/library/alpine:3
FROM dhi.io/alpine-base:3.24-alpine3.24
ARG MESSAGE_ARG
ENV MESSAGE=$MESSAGE_ARG
CMD ["./app"]
COPY --from=builder /app .
