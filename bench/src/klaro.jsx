import * as klaro from 'klaro/dist/klaro-no-css';
import 'klaro/dist/klaro.css';
import { useEffect } from 'react';
import { config } from './klaro-config.js';

export default function Consent({ children }) {
  useEffect(() => {
    klaro.setup(config);
  }, []);
  return children;
}
