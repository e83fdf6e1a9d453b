# dhi-picker: was node:20; the build steps run in this -dev stage
FROM dhi.io/node:22-debian13-dev AS build
WORKDIR /app
COPY . .
RUN npm ci
CMD node main.js

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/node:22-debian13
WORKDIR /app
COPY --from=build /app /app
CMD ["node", "main.js"]
