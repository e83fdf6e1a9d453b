# dhi-picker: was cgr.dev/chainguard/wolfi-base
FROM dhi.io/debian-base:trixie-debian13-dev
RUN apk add --no-cache nodejs npm
WORKDIR /app
COPY . .
RUN npm install
CMD ["node", "index.js"]
