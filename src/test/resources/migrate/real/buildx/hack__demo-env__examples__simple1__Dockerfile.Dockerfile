FROM alpine
RUN apk add --no-cache curl
WORKDIR /src
COPY . .