FROM cgr.dev/chainguard/wolfi-base
RUN apk add --no-cache nodejs npm
WORKDIR /app
COPY . .
RUN npm install
CMD ["node", "index.js"]
