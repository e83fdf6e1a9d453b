#first stage - builder
# dhi-picker: was golang:1.24-bookworm
FROM dhi.io/golang:1.26-debian13-dev AS builder
WORKDIR /dir
COPY app.go go.mod go.sum ./
RUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o app .
#second stage
# dhi-picker: was debian:bookworm-slim
FROM dhi.io/debian-base:trixie-debian13
WORKDIR /root/
COPY --from=builder /dir/app .
CMD ["./app"]
