# dhi-picker: was node:20
FROM dhi.io/node:22-debian13-dev AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build

# dhi-picker: was nginx:1.27-alpine
FROM dhi.io/nginx:1.30-alpine3.24
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
