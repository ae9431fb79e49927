import { Grid } from '@material-ui/core';
import { Content, Header, Page } from '@backstage/core-components';
import { HomePageSovereigntyTeamsCard } from '@portolan/plugin-sovereignty';

/** The example portal's home page: where a team sees its lock-in first. */
export const homePage = (
  <Page themeId="home">
    <Header title="Home" />
    <Content>
      <Grid container spacing={3}>
        <Grid item xs={12} md={6}>
          <HomePageSovereigntyTeamsCard />
        </Grid>
      </Grid>
    </Content>
  </Page>
);
