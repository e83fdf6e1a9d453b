# dhi-picker: was mcr.microsoft.com/dotnet/sdk:8.0
FROM dhi.io/dotnet:10-sdk-debian13 AS build
WORKDIR /src
COPY *.csproj .
RUN dotnet restore
COPY . .
RUN dotnet publish -c Release -o /app/publish

# dhi-picker: was mcr.microsoft.com/dotnet/aspnet:8.0
FROM dhi.io/aspnetcore:10-debian13
WORKDIR /app
COPY --from=build /app/publish .
EXPOSE 8080
ENTRYPOINT ["dotnet", "Api.dll"]
