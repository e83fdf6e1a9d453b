FROM mcr.microsoft.com/dotnet/sdk:8.0-alpine AS build
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -o /out

FROM mcr.microsoft.com/dotnet/runtime:8.0-alpine
COPY --from=build /out /app
ENTRYPOINT ["dotnet", "/app/Tool.dll"]
