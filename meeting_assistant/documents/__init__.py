"""Documents the app produces: transcript formats now; notices, minutes and reports later."""
