# dhi-picker: was node:20-bullseye; the build steps run in this -dev stage
FROM dhi.io/node:22-debian13-dev AS build
WORKDIR /app
COPY . .
RUN npm install
EXPOSE 3000
CMD [ "node", "app.js" ]

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/node:22-debian13
WORKDIR /app
COPY --from=build /app /app
EXPOSE 3000
CMD [ "node", "app.js" ]
