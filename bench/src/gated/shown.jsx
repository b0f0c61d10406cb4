/** What every gated component renders: whether statistics may run, as a data attribute the bench counts. */
export function Shown({ granted }) {
  return (
    <li data-gated={granted ? 'on' : 'off'}>{granted ? 'Mesure d’audience active' : 'Mesure d’audience inactive'}</li>
  );
}
