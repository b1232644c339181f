// The shape of every id (dataset, feature, story, claim): lowercase words joined by single hyphens.
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
