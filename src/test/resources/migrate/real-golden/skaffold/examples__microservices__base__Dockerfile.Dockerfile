ARG BASE_PREFIX=mirror.gcr.io/library/
# dhi-picker: was gcr.io/distroless/base
FROM dhi.io/debian-base:trixie-debian13
# Define GOTRACEBACK to mark this container as using the Go language runtime
# for `skaffold debug` (https://skaffold.dev/docs/workflows/debug/).
ENV GOTRACEBACK=single
CMD ["./app"]
