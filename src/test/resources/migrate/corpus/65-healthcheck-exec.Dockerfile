FROM golang:1.24 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /probe ./cmd/probe && CGO_ENABLED=0 go build -o /svc ./cmd/svc

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /probe /svc /
HEALTHCHECK --interval=10s CMD ["/probe", "-addr", "localhost:8080"]
ENTRYPOINT ["/svc"]
