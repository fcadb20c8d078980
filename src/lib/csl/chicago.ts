/**
 * Chicago Manual of Style, notes (full note), for the kinds of item this archive holds: reports,
 * news articles, web pages and its own case files. Written for this archive in the Citation
 * Style Language; the pinpoint comes as the citation's locator.
 */
export const chicagoNote = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" demote-non-dropping-particle="never" default-locale="en-US">
  <info>
    <title>Chicago (notes), as used by this archive</title>
    <id>archive-chicago-note</id>
    <updated>2026-12-01T00:00:00+00:00</updated>
  </info>
  <locale xml:lang="en">
    <terms>
      <term name="section" form="short"><single>sec.</single><multiple>secs.</multiple></term>
      <term name="paragraph" form="short"><single>par.</single><multiple>pars.</multiple></term>
      <term name="appendix" form="short"><single>app.</single><multiple>apps.</multiple></term>
      <term name="circa" form="short">ca.</term>
    </terms>
  </locale>
  <macro name="author"><names variable="author"><name and="text" delimiter=", "/></names></macro>
  <macro name="issued">
    <group delimiter=" ">
      <choose><if is-uncertain-date="issued"><text term="circa" form="short"/></if></choose>
      <choose>
        <if type="report"><date variable="issued"><date-part name="year"/></date></if>
        <else><date variable="issued" form="text"/></else>
      </choose>
    </group>
  </macro>
  <macro name="number"><group delimiter=" "><text variable="genre"/><text variable="number"/></group></macro>
  <macro name="locator"><group delimiter=" "><label variable="locator" form="short" plural="never"/><text variable="locator"/></group></macro>
  <citation>
    <layout suffix="." delimiter="; ">
      <choose>
        <if type="report">
          <group delimiter=", ">
            <group delimiter=" ">
              <group delimiter=", ">
                <text macro="author"/>
                <text variable="title" font-style="italic"/>
                <text macro="number"/>
              </group>
              <group prefix="(" suffix=")" delimiter=", ">
                <text variable="publisher"/>
                <text macro="issued"/>
              </group>
            </group>
            <text macro="locator"/>
            <text variable="URL"/>
          </group>
        </if>
        <else-if type="article-newspaper">
          <group delimiter=", ">
            <text macro="author"/>
            <text variable="title" quotes="true"/>
            <text variable="container-title" font-style="italic"/>
            <text macro="issued"/>
            <text macro="locator"/>
            <text variable="URL"/>
          </group>
        </else-if>
        <else>
          <group delimiter=", ">
            <text macro="author"/>
            <text variable="title" quotes="true"/>
            <text variable="genre"/>
            <text variable="container-title"/>
            <text variable="publisher"/>
            <text macro="issued"/>
            <text macro="locator"/>
            <text variable="URL"/>
          </group>
        </else>
      </choose>
    </layout>
  </citation>
</style>
`;
