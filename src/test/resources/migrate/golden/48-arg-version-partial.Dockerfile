ARG NODE_VERSION=22
# dhi-picker: was node:22-alpine
FROM dhi.io/node:22-alpine3.24-dev AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build

# dhi-picker: was node:22-alpine
FROM dhi.io/node:22-alpine3.24
WORKDIR /app
COPY --from=build /app/dist ./dist
CMD ["node", "dist/main.js"]
