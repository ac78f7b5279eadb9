// The document is read from this server; nothing is fetched from the internet. A file of its own,
// not inline: the page's Content-Security-Policy allows scripts of this server only.
window.ui = SwaggerUIBundle({
  url: "../openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  validatorUrl: null,
  presets: [SwaggerUIBundle.presets.apis]
});
