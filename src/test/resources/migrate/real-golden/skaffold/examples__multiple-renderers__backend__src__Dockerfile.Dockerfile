ARG BASE_PREFIX=mirror.gcr.io/library/
# Use base golang image from Docker Hub
# dhi-picker: was mirror.gcr.io/library/golang:1.17
FROM dhi.io/golang:1.26-debian13-dev as build

WORKDIR /app

# Copy the go.mod and go.sum, download the dependencies
COPY go.mod go.sum ./
RUN go mod download

# Copy rest of the application source code
COPY . ./

# Compile the application to /app/backend.
# Skaffold passes in debug-oriented compiler flags
ARG SKAFFOLD_GO_GCFLAGS
RUN echo "Go gcflags: ${SKAFFOLD_GO_GCFLAGS}"
RUN go build -gcflags="${SKAFFOLD_GO_GCFLAGS}" -mod=readonly -v -o /app/backend .

# Now create separate deployment image
# dhi-picker: was gcr.io/distroless/base
FROM dhi.io/debian-base:trixie-debian13

# Definition of this variable is used by 'skaffold debug' to identify a golang binary.
# Default behavior - a failure prints a stack trace for the current goroutine.
# See https://golang.org/pkg/runtime/
ENV GOTRACEBACK=single

WORKDIR /app
COPY --from=build /app/backend /app/backend
ENTRYPOINT ["/app/backend"]
