# dhi-picker: was node:lts; the build steps run in this -dev stage
FROM dhi.io/node:26-debian13-dev AS build
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
EXPOSE 3000
CMD ["node", "server.js"]

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/node:26-debian13
WORKDIR /usr/src/app
COPY --from=build /usr/src/app /usr/src/app
EXPOSE 3000
CMD ["node", "server.js"]
