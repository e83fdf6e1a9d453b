FROM cgr.dev/chainguard/go AS build
WORKDIR /work
COPY . .
RUN CGO_ENABLED=0 go build -o hello .

FROM cgr.dev/chainguard/static
COPY --from=build /work/hello /hello
CMD ["/hello"]
