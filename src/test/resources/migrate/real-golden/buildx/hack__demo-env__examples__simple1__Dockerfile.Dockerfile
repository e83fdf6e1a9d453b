# dhi-picker: was alpine
FROM dhi.io/alpine-base:3.24-alpine3.24-dev
RUN apk add --no-cache curl
WORKDIR /src
COPY . .