"""Citation styles: the rich-text model, the style contract and registry, APA, GOST, any CSL."""
