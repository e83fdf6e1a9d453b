# dhi-picker: was node:20-alpine
FROM dhi.io/node:22-alpine3.24-dev AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

# dhi-picker: was node:20-alpine
FROM dhi.io/node:22-alpine3.24-dev AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

# dhi-picker: was node:20-alpine
FROM dhi.io/node:22-alpine3.24
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/dist ./dist
COPY --from=deps /app/node_modules ./node_modules
USER node
CMD ["node", "dist/index.js"]
