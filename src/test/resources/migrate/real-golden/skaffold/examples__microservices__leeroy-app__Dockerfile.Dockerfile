ARG BASE_PREFIX=mirror.gcr.io/library/
ARG BASE
# dhi-picker: was mirror.gcr.io/library/golang:1.18
FROM dhi.io/golang:1.26-debian13-dev as builder
WORKDIR /code
COPY app.go .
COPY go.mod .
# `skaffold debug` sets SKAFFOLD_GO_GCFLAGS to disable compiler optimizations
ARG SKAFFOLD_GO_GCFLAGS
RUN go build -gcflags="${SKAFFOLD_GO_GCFLAGS}" -trimpath -o /app .

FROM $BASE
COPY --from=builder /app .
