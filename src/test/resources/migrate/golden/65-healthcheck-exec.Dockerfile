# dhi-picker: was golang:1.24
FROM dhi.io/golang:1.26-debian13-dev AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /probe ./cmd/probe && CGO_ENABLED=0 go build -o /svc ./cmd/svc

# dhi-picker: was gcr.io/distroless/static-debian12:nonroot
FROM dhi.io/static:20250419-debian13
COPY --from=build /probe /svc /
HEALTHCHECK --interval=10s CMD ["/probe", "-addr", "localhost:8080"]
ENTRYPOINT ["/svc"]
