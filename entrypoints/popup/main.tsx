import { render } from 'preact';
render(<main>落实</main>, document.getElementById('app')!);
