/** A malformed input to charte; the message starts with the path of the bad value. */
abstract class PathError extends Error {
  /** Dotted path of the bad value, such as `services.youtube.category` or `maxAgeDays`. */
  readonly path: string;
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.path = path;
  }
}

/** Thrown by `defineCatalogue` when the catalogue is malformed. */
export class CatalogueError extends PathError {
  override readonly name = 'CatalogueError';
}

/** Thrown when an option of the store or of the storage cookie is out of bounds (`maxAgeDays`, `cookie.domain`). */
export class ConsentOptionError extends PathError {
  override readonly name = 'ConsentOptionError';
}
