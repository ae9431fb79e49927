import { render, screen } from '@testing-library/react';
import {
  makeListItem,
  makeSummary,
  annotatedEntity,
} from '../../__testUtils__/fixtures';
import { KeyFigures } from './KeyFigures';

describe('KeyFigures', () => {
  it('names the entities not assessable beside the count, which leaves them out', () => {
    const summary = makeSummary([makeListItem(annotatedEntity)], {
      notAssessable: 3,
    });
    render(<KeyFigures summary={summary} />);
    expect(screen.getByLabelText('Entities assessed: 1')).toHaveTextContent(
      'by the last refresh; 3 not assessable (no service or hosting known), not counted',
    );
  });

  it('says nothing about them when every entity is assessable', () => {
    render(
      <KeyFigures summary={makeSummary([makeListItem(annotatedEntity)])} />,
    );
    expect(screen.getByLabelText('Entities assessed: 1')).toHaveTextContent(
      'by the last refresh',
    );
    expect(screen.queryByText(/not assessable/)).not.toBeInTheDocument();
  });
});
