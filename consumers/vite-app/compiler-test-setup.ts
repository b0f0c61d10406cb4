import { configure } from '@testing-library/react';

// Only for the React Compiler's run: Babel compiles the dialog's module on first opening, which may take seconds.
configure({ asyncUtilTimeout: 20_000 });
