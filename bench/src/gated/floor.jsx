import { useContext } from 'react';
import { FloorChoice } from '../floor.jsx';
import { Shown } from './shown.jsx';

export default function Gated() {
  return <Shown granted={useContext(FloorChoice) === '1'} />;
}
