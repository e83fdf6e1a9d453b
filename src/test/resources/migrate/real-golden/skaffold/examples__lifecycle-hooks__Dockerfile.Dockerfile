ARG BASE_PREFIX=mirror.gcr.io/library/
# dhi-picker: was mirror.gcr.io/library/golang:1.18
FROM dhi.io/golang:1.26-debian13-dev as builder
WORKDIR /code
COPY main.go .
COPY go.mod .
# `skaffold debug` sets SKAFFOLD_GO_GCFLAGS to disable compiler optimizations
ARG SKAFFOLD_GO_GCFLAGS
RUN go build -gcflags="${SKAFFOLD_GO_GCFLAGS}" -trimpath -o /app main.go

# dhi-picker: was mirror.gcr.io/library/alpine:3
FROM dhi.io/alpine-base:3.24-alpine3.24
# Define GOTRACEBACK to mark this container as using the Go language runtime
# for `skaffold debug` (https://skaffold.dev/docs/workflows/debug/).
ENV GOTRACEBACK=single
CMD ["./app"]
COPY hello.txt .
COPY --from=builder /app .
