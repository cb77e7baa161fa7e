// No content collections: the data are read by src/lib/data (see there why not the content layer).
export const collections = {};
